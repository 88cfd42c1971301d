export const id = 273;
export const ids = [273];
export const modules = {

/***/ 4273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2155);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8279);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7276);
/* harmony import */ var _runner_kit_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6496);

/** Post step of `headless-env`: failure screenshot, then stop exactly what main started. */
async function run() {
    await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_0__/* .runPostStep */ .U)(async () => {
        const config = (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .readHeadlessEnvPostConfig */ .BO)(new _runner_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0());
        const outcome = await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .runHeadlessEnvPost */ .pj)(config, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .actionsLogger */ .MV });
        await (0,_runner_kit_core__WEBPACK_IMPORTED_MODULE_1__/* .publishHeadlessEnvPost */ .E$)(outcome, { logger: _runner_kit_core__WEBPACK_IMPORTED_MODULE_3__/* .actionsLogger */ .MV });
    });
}


/***/ })

};
