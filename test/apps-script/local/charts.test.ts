// Embedded charts, built, inserted, modified and removed through Sheet and kept as specs.

import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../apps-script/local/index.ts';

function setup(locale = 'sv_SE') {
  const rt = createRuntime({ locale, timeZone: 'Europe/Stockholm' });
  return { rt, app: rt.SpreadsheetApp, sheet: rt.SpreadsheetApp.getActiveSheet() };
}

describe('embedded charts', () => {
  it('builds, inserts, modifies and removes embedded charts kept as specs', () => {
    const { rt, sheet } = setup();
    const generic = sheet.newChart();
    expect('setTitle' in generic).toBe(false);
    const chart = generic
      .asLineChart()
      .addRange(sheet.getRange('A1:B5'))
      .setTitle('Medlemmar')
      .setXAxisTitle('Kvartal')
      .setPosition(2, 4, 10, 0)
      .setOption('legend', { position: 'bottom' })
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted?.getChartId()).toBeTypeOf('number');
    expect(inserted?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5']);
    expect(inserted?.getOptions().get('legend')).toEqual({ position: 'bottom' });
    expect(inserted?.getContainerInfo().getAnchorColumn()).toBe(4);
    if (!inserted) throw new Error('chart expected');
    sheet.updateChart(inserted.modify().setChartType(rt.Charts.ChartType.COLUMN).build());
    expect(rt.workbook.sheets[0]?.charts.map((c) => c.chartType)).toEqual(['COLUMN']);
    sheet.removeChart(inserted);
    expect(sheet.getCharts()).toEqual([]);
  });
});
