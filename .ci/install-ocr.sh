#!/usr/bin/env bash
# What the read stage needs on a machine beyond Node: poppler's pdftoppm (a scanned PDF's
# pages to images), Tesseract and its Vietnamese data (OCR of scans and images). Without
# them everything else builds, and a scan gets one message naming this install
# (read-ocr-unavailable). Idempotent: does nothing when all three are there.
set -euo pipefail

if command -v pdftoppm >/dev/null && command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie; then
  echo "ocr: pdftoppm, tesseract and its Vietnamese data already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-vie
tesseract --list-langs 2>/dev/null | grep -qx vie
echo "ocr: installed pdftoppm, tesseract and tesseract-ocr-vie"
