using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Dashboards.Cells.Data;
using Skipper.Web.Modules.Dashboards.Figures;
using Skipper.Web.Modules.Dashboards.Pages;

namespace Skipper.Web.Modules.Dashboards.Export;

/// <summary>
/// A dashboard as CSV for Excel: UTF-8 with a byte-order mark, semicolons, decimal commas in Norwegian. One row per
/// figure for the whole period, per month or quarter, and (for the section) per department; a hidden value is empty,
/// with the reason beside it. Aggregates only, as on the page.
/// </summary>
public static class DashboardCsv
{
    public static byte[] Write(DashboardView dashboard, IStringLocalizer texts, CultureInfo culture)
    {
        var csv = new StringBuilder();
        Row(csv, texts["Dashboards.Csv.Group"], texts["Dashboards.Csv.Figure"], texts["Dashboards.Csv.Scope"], texts["Dashboards.Csv.From"],
            texts["Dashboards.Csv.To"], texts["Dashboards.Csv.Value"], texts["Dashboards.Csv.N"], texts["Dashboards.Csv.Hidden"]);
        var scope = dashboard.DepartmentName ?? texts["Dashboards.Csv.Section"];
        var iso = CultureInfo.InvariantCulture;
        foreach (var figure in dashboard.Figures)
        {
            var group = texts["Dashboards.Group." + figure.Group];
            var name = texts["Dashboards.Figure." + figure.Key];
            Row(csv, group, name, scope, dashboard.From.ToString("yyyy-MM-dd", iso), dashboard.To.ToString("yyyy-MM-dd", iso),
                Number(figure.Total.Value, culture), Count(figure.Total.N, culture), Reason(figure.Total.Hidden, texts));
            foreach (var point in figure.Series)
            {
                Row(csv, group, name, scope, point.Period.ToString("yyyy-MM-dd", iso), Periods(point.Period, dashboard.Grain).ToString("yyyy-MM-dd", iso),
                    Number(point.Value, culture), Count(point.N, culture), Reason(point.Hidden, texts));
            }
            foreach (var department in figure.Departments ?? [])
            {
                Row(csv, group, name, department.Name, dashboard.From.ToString("yyyy-MM-dd", iso), dashboard.To.ToString("yyyy-MM-dd", iso),
                    Number(department.Value, culture), Count(department.N, culture), Reason(department.Hidden, texts));
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static DateOnly Periods(DateOnly start, Grain grain) => Cells.Periods.EndOf(start, grain);

    private static string Number(double? value, CultureInfo culture) => value?.ToString("0.##", culture) ?? "";

    private static string Count(int? value, CultureInfo culture) => value?.ToString(culture) ?? "";

    private static string Reason(string? hidden, IStringLocalizer texts) => hidden is null ? "" : texts[FigureFormat.HiddenKey(hidden)];

    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(';', fields.Select(Field)).Append("\r\n");
    }

    /// <summary>Quoted when it holds a separator, a quote or a line break; a leading =, +, - or @ is defused so Excel never runs it as a formula.</summary>
    public static string Field(string value)
    {
        var text = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, NumberStyles.Float, CultureInfo.CurrentCulture, out _)
            ? "'" + value
            : value;
        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
