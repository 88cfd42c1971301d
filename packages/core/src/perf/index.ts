/** perf-monitor: the public part of the perf domain (sampler, aggregation, reports). */
export { DEFAULT_REGRESSION_THRESHOLD, readPerfMonitorConfig, type JobContext, type PerfMonitorConfig, type PerfThresholds } from './config.ts';
export { publishPerfMonitor, publishPerfMonitorPost, readPerfMonitorPostConfig, runPerfMonitor, runPerfMonitorPost, type PerfMonitorOutcome, type PerfMonitorPostConfig } from './steps.ts';
export { collectPerfReport, publishPerfReport, type PerfReportOutcome, type ReportFiles } from './finish.ts';
export { currentSession, perfMonitorState, startSampling, type PerfSession, type ReportSettings } from './session.ts';
export { readClockAnchor, recorderEnvironment, recorderScript, startRecorder, type RecorderSettings } from './recorder.ts';
export { parseRecording, readRecordingFile, readRecordingText, RecordingReader, type FrameSource, type ProcessLook, type RecordedEvent, type RecordedFrame, type Recording, type RecordingHandlers } from './recording.ts';
export { replayRecording, replayRecordingFile, type ClockAnchor, type ReplayOptions } from './replay.ts';
export { detectPageBytes, FrameSampler, type FrameSamplerOptions } from './frame-sampler.ts';
export { parseSampleLog, renderSampleLog, type Sample, type SampleHeader, type SampleLog, type SamplerEvent } from './samples.ts';
export {
  counterDelta,
  cpuPercent,
  isExternalInterface,
  isRealDisk,
  parseCpuTimes,
  parseDiskstats,
  parseNetDev,
  parsePidStat,
  sumDeltas,
  type CpuTimes,
  type DiskCounters,
  type NetCounters,
  type PidStat,
} from '../system/procfs.ts';
export {
  aggregate,
  compareWithBaseline,
  isPerfReport,
  METRICS,
  percentile,
  hasRegression,
  stats,
  thresholdWarnings,
  type BaselineComparison,
  type BaselineRow,
  type CacheStats,
  type MetricName,
  type MetricStats,
  type PerfReport,
  type ProcessStats,
} from './aggregate.ts';
export { CHART_POINTS, chartSeries, elapsedLabel, renderCharts, renderCsv, renderReportMarkdown } from './render.ts';
export { commentMarker, upsertComment, type CommentOutcome, type CommentTarget } from './pr-comment.ts';
export { groupingSegment, pushToGateway, pushUrl, renderExposition, reportGrouping, type Grouping, type PushOutcome } from './pushgateway.ts';
