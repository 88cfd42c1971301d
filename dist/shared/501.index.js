export const id = 501;
export const ids = [501];
export const modules = {

/***/ 1501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   globLister: () => (/* binding */ globLister)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3860);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3581);




// @actions/glob's own globber, for the paths the walker does not cover (Windows: drive letters,
// UNC roots, `\`, case-insensitive matching). Imported with `await import()` only then, because
// @actions/glob loads @actions/core and its HTTP stack (+110 ms at every start).
const IS_WINDOWS = process.platform === 'win32';
/** The escaping `@actions/glob` applies to literal path prefixes. */
function globEscape(text) {
    return (IS_WINDOWS ? text : text.replace(/\\/g, '\\\\'))
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/** Roots a relative pattern at the workspace the way `@actions/glob` roots it at the cwd. */
function rootPattern(pattern, workspace) {
    const negation = /^!*/.exec(pattern)[0];
    const body = pattern.slice(negation.length);
    const base = globEscape(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace));
    if (body === '.' || body.startsWith(`.${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || body.startsWith('./'))
        return negation + base + body.slice(1);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(body) || body === '~' || body.startsWith('~/') || body.startsWith(`~${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`))
        return pattern;
    return `${negation}${base}${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}${body}`;
}
/** @actions/glob as a {@link FileLister}, with relative patterns rooted at `workspace`. */
function globLister(workspace, followSymbolicLinks) {
    const options = { dot: true, nobrace: true, nocase: IS_WINDOWS, nocomment: true, noext: true, nonegate: true };
    const posix = (file) => (IS_WINDOWS ? file.replace(/\\/g, '/') : file);
    return {
        list: async (lines, matchDirectories) => {
            const globber = await _actions_glob__WEBPACK_IMPORTED_MODULE_2__/* .create */ .v(lines.map((line) => rootPattern(line.trim(), workspace)).join('\n'), { followSymbolicLinks, matchDirectories });
            return globber.globGenerator();
        },
        fileMatcher: (line) => {
            const rooted = rootPattern(line.trim(), workspace);
            const expanded = rooted.startsWith('~') ? globEscape(node_os__WEBPACK_IMPORTED_MODULE_0___default().homedir()) + rooted.slice(1) : rooted;
            const matchers = [new minimatch__WEBPACK_IMPORTED_MODULE_3__/* .Minimatch */ .VR(expanded, options), new minimatch__WEBPACK_IMPORTED_MODULE_3__/* .Minimatch */ .VR(`${expanded.replace(/[\\/]+$/, '')}/**`, options)];
            return (file) => matchers.some((matcher) => matcher.match(posix(file)));
        },
    };
}


/***/ })

};
