/** The file the in-host benchmark writes its figures to, passed through the editor server's environment. */
export const hostReportVariable = 'SOURCE_LENS_BENCH_REPORT';
