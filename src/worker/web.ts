// Worker entry for the web extension host (a dedicated Web Worker).
import { EngineService } from './engineService';
import type { EngineRequest } from './protocol';

declare const self: { onmessage: ((event: { data: EngineRequest }) => void) | null; postMessage(message: unknown): void };

const service = new EngineService();
self.onmessage = (event) => self.postMessage(service.handle(event.data));
