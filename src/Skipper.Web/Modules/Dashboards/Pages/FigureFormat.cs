using System.Globalization;
using Skipper.Web.Modules.Dashboards.Cells.Data;
using Skipper.Web.Modules.Dashboards.Figures;

namespace Skipper.Web.Modules.Dashboards.Pages;

/// <summary>How a figure's number is written on the page and in the export, in the reader's culture.</summary>
public static class FigureFormat
{
    public static string Number(FigureUnit unit, double value, CultureInfo culture) => unit switch
    {
        FigureUnit.Percent => value.ToString("0", culture) + " %",
        FigureUnit.Count => value.ToString("0", culture),
        FigureUnit.EffectSize => value.ToString("0.00", culture),
        FigureUnit.Fte => value.ToString("0.##", culture),
        _ => value.ToString("0.#", culture),
    };

    /// <summary>A month as "jan. 2025" or a quarter as "1. kv. 2025" (the quarter's words come from the texts).</summary>
    public static string Period(DateOnly start, Grain grain, CultureInfo culture, Func<int, int, string> quarter) =>
        grain == Grain.Quarter ? quarter(((start.Month - 1) / 3) + 1, start.Year) : start.ToString("MMM yyyy", culture);

    /// <summary>A short label under the chart's axis: "jan. 25" or "K1 25".</summary>
    public static string AxisLabel(DateOnly start, Grain grain, CultureInfo culture) =>
        grain == Grain.Quarter
            ? string.Create(culture, $"Q{((start.Month - 1) / 3) + 1} {start:yy}")
            : start.ToString("MMM yy", culture);

    /// <summary>The text key that explains why a value is hidden.</summary>
    public static string HiddenKey(string? reason) =>
        reason == DashboardFigures.Complement ? "Dashboards.Hidden.Complement" : "Dashboards.Hidden.FewerThanFive";

    /// <summary>The same, short enough for a table cell.</summary>
    public static string HiddenShortKey(string? reason) => HiddenKey(reason) + ".Short";
}
