/** headless-env: the public part of the headless domain (Xvfb, window manager, D-Bus, PulseAudio). */
export { readHeadlessConfig } from './config.ts';
export { publishHeadlessEnv, publishHeadlessEnvPost, readHeadlessEnvPostConfig, runHeadlessEnv, runHeadlessEnvPost } from './report.ts';
