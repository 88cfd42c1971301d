/** headless-env: the public part of the headless domain (Xvfb or sway, window manager, D-Bus, PulseAudio or PipeWire, AT-SPI, video). */
export { readHeadlessConfig } from './config.ts';
export { publishHeadlessEnv, publishHeadlessEnvPost, readHeadlessEnvPostConfig, runHeadlessEnv, runHeadlessEnvPost } from './report.ts';
