// `npm run cms`: the web editor on this checkout. Starts the site's dev server, which serves the
// editor at /admin/ and the site itself beside it, both live: what the editor saves is written
// into content/ here and shows on the site's pages at once.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const port = process.env['PORT'] ?? '4321';
const origin = `http://127.0.0.1:${port}`;
console.log(`Trình biên tập: ${origin}/admin/  (xem trước trang: ${origin}/)

1. Mở địa chỉ trên bằng Chrome, Edge hoặc Cốc Cốc (Firefox và Safari chưa cho trang web ghi vào thư mục trên máy).
2. Bấm “Làm việc với kho mã nguồn cục bộ” rồi chọn thư mục dự án: ${resolve('.')}
3. Sửa, bấm “Lưu”: tệp được ghi vào content/ và trang xem trước tự cập nhật.
Dừng: Ctrl+C. Hướng dẫn đầy đủ: docs/huong-dan-bien-tap.md, mục “Trình biên tập trên web”.
`);
const dev = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', port],
  {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
dev.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
