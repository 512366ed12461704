// The baseline: node:http answering the same JSON the API answers, with nothing in between.
import http from 'node:http';

const body = JSON.stringify({ from: '2024-09-27', days: 20, date: '2024-10-30' });
http
  .createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  })
  .listen(Number(process.argv[2]), '127.0.0.1', () => process.send?.('ready'));
