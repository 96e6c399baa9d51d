import * as vscode from 'vscode';
import type { TreeRow } from './treeRow';

const COLLAPSIBLE: Record<TreeRow['collapsible'], vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

/** Draws a row model as a tree item. Text stays plain text: no row is ever rendered as Markdown. */
export function toTreeItem(row: TreeRow): vscode.TreeItem {
  const item = new vscode.TreeItem(row.label, COLLAPSIBLE[row.collapsible]);
  item.id = row.id;
  if (row.description !== undefined) item.description = row.description;
  if (row.tooltip !== undefined) item.tooltip = row.tooltip;
  if (row.icon === 'file') item.iconPath = vscode.ThemeIcon.File;
  else if (row.icon) item.iconPath = new vscode.ThemeIcon(row.icon.codicon, row.icon.color === undefined ? undefined : new vscode.ThemeColor(row.icon.color));
  if (row.resourceUri !== undefined) item.resourceUri = vscode.Uri.parse(row.resourceUri);
  if (row.command) item.command = row.command;
  if (row.contextValue !== undefined) item.contextValue = row.contextValue;
  return item;
}
