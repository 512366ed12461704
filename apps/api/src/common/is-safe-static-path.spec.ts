import { isSafeStaticPath } from './is-safe-static-path';

describe('isSafeStaticPath', () => {
  it.each`
    edge                              | path                                   | safe
    ${'a file'}                       | ${'/h5/assets/app.3f2a.js'}            | ${true}
    ${'a console route'}              | ${'/admin/disclosure-requests/12'}     | ${true}
    ${'a Chinese name, encoded'}      | ${'/h5/%E5%85%AC%E5%BC%80.png'}        | ${true}
    ${'dots inside a name'}           | ${'/h5/app..js'}                       | ${true}
    ${'plain ..'}                     | ${'/h5/../../etc/passwd'}              | ${false}
    ${'encoded slash'}                | ${'/admin/..%2f..%2fpackage.json'}     | ${false}
    ${'encoded dots'}                 | ${'/h5/%2e%2e/secret'}                 | ${false}
    ${'encoded dots and slash'}       | ${'/h5/%2E%2E%2Fsecret'}               | ${false}
    ${'a lone dot segment'}           | ${'/h5/./index.html'}                  | ${false}
    ${'backslash'}                    | ${'/h5/..%5c..%5cwindows'}             | ${false}
    ${'NUL byte'}                     | ${'/h5/index.html%00.png'}             | ${false}
    ${'not valid percent-encoding'}   | ${'/h5/%E0%A4%A'}                      | ${false}
    ${'overlong UTF-8 slash'}         | ${'/h5/..%c0%af..%c0%afetc'}           | ${false}
    ${'double-encoded stays a name'}  | ${'/h5/%252e%252e%252fsecret'}         | ${true}
  `('$edge', ({ path, safe }) => {
    expect(isSafeStaticPath(path)).toBe(safe);
  });
});
