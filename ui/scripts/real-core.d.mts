import type { ChildProcess } from 'node:child_process';
export function binary(name: 'brim-dev' | 'brim-server'): string;
export function startDev(): Promise<{ child: ChildProcess; url: string }>;
export function startServer(database: string, args?: string[]): Promise<{ child: ChildProcess; url: string }>;
