export const id = 118;
export const ids = [118];
export const modules = {

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractTarGz: () => (/* binding */ extractTarGz),
/* harmony export */   extractTarGzStream: () => (/* binding */ extractTarGzStream)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4798);






/** Extracts the gzip-compressed tar file `archive` through `writer` (see {@link extractTarGzStream}). */
function extractTarGz(archive, writer) {
    return extractTarGzStream((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(archive), writer);
}
/**
 * Extracts a gzip-compressed tar read from `source` (a file, or a download as it arrives) through
 * `writer`. node-tar only parses; the writer does all writing, so both formats share one set of
 * rules. Gunzip runs as a Node stream and the parser is fed with backpressure, so memory stays
 * flat however large the archive is.
 */
async function extractTarGzStream(source, writer) {
    // strict: a bad checksum or a truncated archive is an error, not a warning.
    const parser = new tar__WEBPACK_IMPORTED_MODULE_4__/* .Parser */ .iX({ strict: true });
    let failure;
    let current;
    let resumeFeed;
    const fail = (error) => {
        failure ??= { error };
        current?.destroy(); // its body will get no more data; a pending read rejects
        resumeFeed?.();
    };
    /** The entry's body, cut short once anything failed: a destroyed entry would never end. */
    async function* body(entry) {
        // Checked right before each read (no await in between), as a read after destroy() hangs.
        const check = () => {
            if (failure)
                throw new Error('extraction stopped');
        };
        check();
        for await (const chunk of entry) {
            yield chunk;
            check();
        }
    }
    // The parser emits body-less entries back to back; the chain handles them strictly in order.
    let chain = Promise.resolve();
    parser.on('entry', (entry) => {
        chain = chain.then(async () => {
            if (!failure) {
                current = entry;
                await extractEntry(entry, body(entry), writer).catch(fail);
                current = undefined;
            }
            entry.resume(); // drop whatever is left unread, so the parser moves on
        });
    });
    parser.on('error', (error) => fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .asUnsafe */ .fm)(error, 'the tar archive')));
    parser.on('drain', () => resumeFeed?.());
    const feed = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Writable({
        write(chunk, _encoding, callback) {
            const next = () => {
                resumeFeed = undefined;
                callback(failure ? new Error('extraction stopped') : null);
            };
            // parser.write() is false while the current entry's handler has not caught up.
            if (failure || parser.write(chunk) || failure)
                next();
            else
                resumeFeed = next;
        },
        final(callback) {
            parser.end();
            callback();
        },
    });
    try {
        // 1 MiB buffers, as zip-stream.ts inflates in: fewer round trips to zlib's thread pool.
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(source, (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)({ chunkSize: 1024 * 1024 }), feed);
    }
    catch (error) {
        fail((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .asUnsafe */ .fm)(error, 'the gzip stream'));
    }
    await chain;
    if (failure)
        throw failure.error;
}
function extractEntry(entry, body, writer) {
    switch (entry.type) {
        case 'File':
        case 'OldFile':
        case 'ContiguousFile':
            return writer.file(entry.path, entry.mode ?? 0, body, entry.size);
        case 'Directory':
            return writer.directory(entry.path);
        case 'SymbolicLink':
            return writer.symlink(entry.path, entry.linkpath ?? '');
        case 'Link':
            return writer.hardlink(entry.path, entry.linkpath ?? '');
        default:
            return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UnsafeArchiveError */ .td(`entry "${entry.path}" is a ${entry.type} entry, which is never extracted`));
    }
}


/***/ })

};
