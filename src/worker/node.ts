// Worker entry for the Node extension host (worker_threads). Loaded with require() on the main thread instead, it
// only exports the service: the extension's fallback where no worker thread can start.
import { parentPort } from 'node:worker_threads';
import { EngineService } from './engineService';
import type { EngineRequest } from './protocol';

export { EngineService };

if (parentPort) {
  const port = parentPort;
  const service = new EngineService();
  port.on('message', (request: EngineRequest) => port.postMessage(service.handle(request)));
}
