export const id = 545;
export const ids = [545];
export const modules = {

/***/ 9545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2155);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7307);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7276);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9056);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6496);

/** Entry point of `perf-monitor`: start the background recorder (or, with mode: stop, stop and report). */
async function run() {
    await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_0__/* .runStep */ .e)(async () => {
        const config = (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .readPerfMonitorConfig */ .kK)(new _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0());
        const outcome = await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .runPerfMonitor */ .HZ)(config, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV });
        await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .publishPerfMonitor */ .H4)(config, outcome, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_4__/* .actionsLogger */ .MV });
    });
}


/***/ })

};
