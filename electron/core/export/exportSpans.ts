import type { ExportFormat } from '../../shared/contract';
import { selectScope } from './exportScope';
import type { ExportedFile, ExportRequest, ExportSnapshot } from './exportTypes';
import { safeFileBase } from './safeFileName';
import { writeBrat } from './writeBrat';
import { writeCsv } from './writeCsv';
import { writeJson } from './writeJson';
import { writeJsonl } from './writeJsonl';
import { writeQdpx } from './writeQdpx';
import { writeW3c } from './writeW3c';

const FILES: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  csv: { suffix: '.csv', mimeType: 'text/csv; charset=utf-8' },
  xlsx: { suffix: '.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  json: { suffix: '.json', mimeType: 'application/json' },
  jsonl: { suffix: '.jsonl', mimeType: 'application/jsonl' },
  brat: { suffix: '.brat.zip', mimeType: 'application/zip' },
  w3c: { suffix: '.w3c.jsonld', mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  qdpx: { suffix: '.qdpx', mimeType: 'application/zip' },
};

/**
 * Exports the spans a request selects in one format. Pure: reads only the
 * snapshot and returns the whole file, so a failure never leaves a partial
 * file behind. Offsets are code points in every format but doccano JSONL,
 * which counts UTF-16 code units unless the request asks for code points;
 * each exported text or quote is exactly the document's text between them.
 */
export async function exportSpans(snapshot: ExportSnapshot, request: ExportRequest): Promise<ExportedFile> {
  const scope = selectScope(snapshot, request);
  const base = safeFileBase(snapshot.sessionName);
  const parsed = new Date(snapshot.exportedAt);
  const date = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  const bytes = await (async () => {
    switch (request.format) {
      case 'csv':
        return writeCsv(scope, request.language);
      case 'xlsx':
        // exceljs takes seconds to load: only an xlsx export pays for it, not every start of the app.
        return (await import('./writeXlsx')).writeXlsx(scope, request.language, date, snapshot.indicatorGroups);
      case 'json':
        return writeJson(scope, snapshot);
      case 'jsonl':
        return writeJsonl(scope, request.offsets);
      case 'brat':
        return writeBrat(scope, base, date);
      case 'w3c':
        return writeW3c(scope, snapshot);
      case 'qdpx':
        return writeQdpx(scope, snapshot, request.language, date);
    }
  })();
  const { suffix, mimeType } = FILES[request.format];
  return { fileName: base + suffix, mimeType, bytes };
}
