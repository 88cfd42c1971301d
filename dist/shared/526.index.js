export const id = 526;
export const ids = [526];
export const modules = {

/***/ 526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2155);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4595);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7276);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8279);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6496);

/** Entry point of `headless-env`: Xvfb, a window manager, a D-Bus session bus and PulseAudio for this job. */
async function run() {
    await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_0__/* .runStep */ .e)(async () => {
        const config = (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .readHeadlessConfig */ .e6)(new _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0());
        const outcome = await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .runHeadlessEnv */ .wT)(config, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV });
        await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .publishHeadlessEnv */ .IG)(outcome, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV });
    });
}


/***/ })

};
