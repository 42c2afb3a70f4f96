using System.Globalization;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Implementation.Goals.StatusTable;

/// <summary>The status table as one CSV row per goal: department, goal, status, owner, due date, comment, last changed.</summary>
internal static class StatusTableCsv
{
    public const string FileName = "statustabell.csv";
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(StatusTableView table, IStringLocalizer texts)
    {
        string[] header =
        [
            texts["Implementation.Goals.Table.Department"], texts["Implementation.Goals.Table.Goal"], texts["Implementation.Goals.Table.Status"],
            texts["Implementation.Goals.Field.Owner"], texts["Implementation.Goals.Field.DueOn"], texts["Implementation.Goals.Table.Comment"],
            texts["Implementation.Goals.Table.Changed"],
        ];
        var rows = table.Groups.SelectMany(g => g.Goals.Select(goal => new string?[]
        {
            g.Name,
            goal.Title,
            texts[GoalStatuses.TextKey(goal.Status)],
            goal.Owner,
            goal.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            goal.Comment,
            goal.UpdatedAt.InNorway().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        }));
        return CsvCells.File([header, .. rows]);
    }
}
