using System.Text;

namespace Skipper.Web.Modules.Implementation.Goals.StatusTable;

/// <summary>CSV as Norwegian Excel opens it by a double click: UTF-8 with a byte order mark, semicolons, CRLF lines.</summary>
internal static class CsvCells
{
    public const char Separator = ';';

    /// <summary>The byte order mark tells Excel the file is UTF-8, so æ, ø and å come out right.</summary>
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// Quoted when it holds a separator, a quote or a line break (quotes doubled). A cell that begins like a formula
    /// (=, +, -, @, tab) gets a leading apostrophe so a spreadsheet shows it as text instead of running it.
    /// </summary>
    public static string Cell(string? value)
    {
        var text = (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }
        var needsQuotes = text.AsSpan().IndexOfAny([Separator, '"', '\n', '\r']) >= 0;
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Line(IEnumerable<string?> cells) => string.Join(Separator, cells.Select(Cell)) + "\r\n";

    public static byte[] File(IEnumerable<IEnumerable<string?>> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(Line(line));
        }
        return [.. Encoding.GetPreamble(), .. Encoding.GetBytes(text.ToString())];
    }
}
