module.exports = { ...require('../../config/jest.preset.js'), displayName: 'domain', roots: ['<rootDir>/src'] };
