import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body as the exact bytes received, or `undefined` once it exceeds `maxBytes`.
 *
 * Signatures are computed over these bytes, so nothing here decodes or re-serializes. Past the limit the chunks
 * are no longer kept (Node discards the rest once the response is sent); a declared `content-length` over the
 * limit is refused before reading anything. Rejects when the client goes away mid-body.
 */
export function readRawBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    // 'close' before 'end' means the client hung up mid-body: without this the promise would never settle.
    const onClose = () => {
      stop();
      reject(new Error('the request was closed before its body was complete'));
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
