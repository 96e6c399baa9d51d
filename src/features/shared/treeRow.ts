import { Commands } from './commandIds';

/** A command a row runs when clicked, as plain data. */
export interface RowCommand {
  command: string;
  title: string;
  arguments: unknown[];
}

/** A tree row as plain data: what a `vscode.TreeItem` shows, built where the data is and drawn by the adapter. */
export interface TreeRow {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon, in a theme colour when given; `file` is the file icon of `resourceUri`'s kind. */
  icon?: { codicon: string; color?: string } | 'file';
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** A URI string. */
  resourceUri?: string;
  command?: RowCommand;
  contextValue?: string;
}

export function revealCommand(file: string, start: number, end: number): RowCommand {
  return { command: Commands.revealSpan, title: 'Reveal in Article', arguments: [file, start, end] };
}
