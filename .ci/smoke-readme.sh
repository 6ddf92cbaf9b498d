#!/usr/bin/env bash
# The README followed literally, as a newcomer would: a fresh clone of this checkout in a temporary
# folder (with ../shared beside it), the README's main-job command run exactly as it is written
# there, then a check that the CoWIN example's documents exist and that LibreOffice opens each one.
#
# The README's test command (`npm run test:fresh`) is checked by its shape only: it runs .ci/run,
# which is what called this script, on a clean clone. Running it again here would run CI inside CI.
# Needs git, Node 24, LibreOffice (soffice) and pdftotext: .ci/run installs them.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/../shared" && pwd)

# The line between <!-- readme:NAME --> and <!-- /readme:NAME --> in the README, fence lines left out.
readme_command() {
  awk -v first="<!-- readme:$1 -->" -v last="<!-- /readme:$1 -->" '
    $0 == first { inside = 1; next }
    $0 == last { inside = 0; next }
    inside && !/^```/ && NF { print }
  ' "$repo/README.md"
}
main_job=$(readme_command main-job)
test_command=$(readme_command test)
if [ -z "$main_job" ] || [ "$(printf '%s\n' "$main_job" | wc -l)" -ne 1 ]; then
  echo "smoke: the README must mark exactly one main-job command line between <!-- readme:main-job --> markers" >&2
  exit 1
fi
if [ "$test_command" != "npm run test:fresh" ] || [ "$(node -p 'require(process.argv[1]).scripts["test:fresh"]' "$repo/package.json")" != "bash .ci/run" ]; then
  echo "smoke: the README's test command is '$test_command'; expected 'npm run test:fresh', which runs bash .ci/run" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone --quiet "file://$repo" "$tmp/unanswered"
ln -s "$shared" "$tmp/shared"

echo "smoke: in a fresh clone: $main_job"
start=$SECONDS
# As a newcomer's shell: the machine's own settings (certificates, proxies) but none of CI's (CI
# skips Electron's download; the README must not need to) nor those of an `npm run test:fresh`.
(
  cd "$tmp/unanswered"
  unset ELECTRON_SKIP_BINARY_DOWNLOAD INIT_CWD
  for name in $(compgen -e); do case $name in npm_*) unset "$name" ;; esac; done
  bash -euo pipefail -c "$main_job"
) >"$tmp/main-job.log" 2>&1 || {
  cat "$tmp/main-job.log" >&2
  echo "smoke: the README's main-job command failed" >&2
  exit 1
}
echo "smoke: done in $((SECONDS - start)) s"

out="$tmp/unanswered/example-output"
# The folder the command said it wrote to must be the one the README names.
grep -qF "documents are in $out" "$tmp/main-job.log" || {
  cat "$tmp/main-job.log" >&2
  echo "smoke: the command did not say it wrote to $out" >&2
  exit 1
}
shopt -s nullglob
documents=("$out"/*.docx)
written=$(sed -n 's/^Wrote \([0-9]*\) documents.*/\1/p' "$tmp/main-job.log")
if [ "${#documents[@]}" -eq 0 ] || [ "${#documents[@]}" != "$written" ]; then
  echo "smoke: $out holds ${#documents[@]} .docx files; the command said it wrote ${written:-none}" >&2
  exit 1
fi

# LibreOffice opens every document: each converts to a PDF with text in it, and the set is the CoWIN case.
soffice "-env:UserInstallation=file://$tmp/lo-profile" --headless --convert-to pdf --outdir "$tmp/pdf" "${documents[@]}" >"$tmp/soffice.log" 2>&1 || {
  cat "$tmp/soffice.log" >&2
  echo "smoke: LibreOffice failed" >&2
  exit 1
}
for doc in "${documents[@]}"; do
  name=$(basename "$doc" .docx)
  pdf="$tmp/pdf/$name.pdf"
  if [ ! -s "$pdf" ] || [ -z "$(pdftotext "$pdf" - | tr -d '[:space:]')" ]; then
    echo "smoke: LibreOffice did not open $name.docx (no text in its PDF)" >&2
    exit 1
  fi
  pdftotext "$pdf" - >>"$tmp/all.txt"
done
grep -q "CoWIN" "$tmp/all.txt" || { echo "smoke: the documents never mention CoWIN" >&2; exit 1; }
echo "smoke: the README's main-job command wrote ${#documents[@]} documents to example-output/; LibreOffice opened each"
