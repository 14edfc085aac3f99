import type { RecordingManifest, VerificationReport } from '@furikaeri/core';

/** The note inside an evidence package: how anyone can check it with standard tools. */
export function evidenceReadme(originalName: string, manifest: RecordingManifest, report: VerificationReport): string {
  return `furikaeri 証拠パッケージ / evidence package
================================================

【取り扱いの注意】
この録音には、あなたと相手の個人情報が含まれます。弁護士・労働局・公的な相談窓口など、
必要な相手にだけ渡してください。SNS への公開や第三者への共有は、名誉毀損やプライバシー侵害に
なるおそれがあります。

【内容】
  ${originalName}   取り込んだ（または録音した）元のファイルそのもの
  manifest.json     保存時に記録した情報（保存日時 ${manifest.storedAt}、長さ、録音許可の状態、ハッシュ値）
  chain.txt         元ファイルを 65536 バイトごとに区切った SHA-256 とハッシュチェーン
  README.txt        このファイル

【改変されていないことの確かめ方】
1. 元ファイルの SHA-256 を計算し、manifest.json の manifest.original.sha256 と一致することを確認します。
     Linux:   sha256sum ${originalName}
     macOS:   shasum -a 256 ${originalName}
     Windows: certutil -hashfile ${originalName} SHA256
   期待される値: ${manifest.original.sha256}
2. 一部が壊れた場合は、65536 バイトごとの SHA-256（chain.txt の 4 列目）で、どこが変わったかを特定できます。
     split -b 65536 -d -a 6 ${originalName} part_ && sha256sum part_*

パッケージ作成時の検証結果: ${report.message.ja}

------------------------------------------------------------------------------

HANDLE WITH CARE
This recording contains personal data of you and of the other party. Give it only to those who need it
(a lawyer, a labour bureau, a public counselling service). Publishing or sharing it can amount to
defamation or invasion of privacy.

CONTENTS
  ${originalName}   the original file exactly as it was imported or recorded
  manifest.json     what was sealed when it was stored (time ${manifest.storedAt}, duration, consent, hashes)
  chain.txt         SHA-256 of each 65,536-byte block of the original and the hash chain over them
  README.txt        this note

HOW TO CHECK IT IS UNALTERED
1. Compute the original's SHA-256 and compare it with manifest.original.sha256 in manifest.json:
     Linux: sha256sum ${originalName}   macOS: shasum -a 256 ${originalName}   Windows: certutil -hashfile ${originalName} SHA256
   Expected: ${manifest.original.sha256}
2. If part of it is damaged, the per-block hashes (column 4 of chain.txt) show which blocks changed:
     split -b 65536 -d -a 6 ${originalName} part_ && sha256sum part_*

Verification when this package was made: ${report.message.en}
`;
}
