import { IMMUTABLE, REVALIDATE, staticCacheControl } from './static-cache-control';

describe('staticCacheControl', () => {
  it.each`
    edge                                        | file                                  | hashedDirs          | expected
    ${'hashed console chunk'}                   | ${'assets/index-BqoUIaaM.js'}         | ${['assets']}       | ${IMMUTABLE}
    ${'its brotli copy'}                        | ${'assets/index-BqoUIaaM.js.br'}      | ${['assets']}       | ${IMMUTABLE}
    ${'hashed H5 stylesheet'}                   | ${'css/app.5df919d1d7bf16eaf317.css'} | ${['js', 'css']}    | ${IMMUTABLE}
    ${'the page naming the hashes'}             | ${'index.html'}                       | ${['assets']}       | ${REVALIDATE}
    ${'its gzip copy'}                          | ${'index.html.gz'}                    | ${['assets']}       | ${REVALIDATE}
    ${'HTML inside a hashed folder'}            | ${'assets/preview.html'}              | ${['assets']}       | ${REVALIDATE}
    ${'favicon keeps its name'}                 | ${'favicon.svg'}                      | ${['assets']}       | ${REVALIDATE}
    ${'tab icon copied under its own name'}     | ${'static/images/assets/tab/me.png'}  | ${['js', 'css']}    | ${REVALIDATE}
    ${'folder name only as a prefix'}           | ${'assets-old/index.js'}              | ${['assets']}       | ${REVALIDATE}
    ${'Windows separators'}                     | ${'assets\\index-BqoUIaaM.js'}        | ${['assets']}       | ${IMMUTABLE}
  `('$edge', ({ file, hashedDirs, expected }) => {
    expect(staticCacheControl(file, hashedDirs)).toBe(expected);
  });
});
