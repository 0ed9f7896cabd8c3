/** The bench's one account, created by relay-server.ts in its throwaway database. */
export const BENCH_USER = 'bench'
export const BENCH_PASSWORD = 'bench password 123'
