// `npm run build`: install and build everything without starting it.
import { build, install } from './common.mjs';

install();
build();
