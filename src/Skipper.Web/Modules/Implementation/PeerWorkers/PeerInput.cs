using System.Globalization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.PeerWorkers;

/// <summary>Shape rules of the peer-worker forms: numbers written with a comma or a point.</summary>
internal static class PeerInput
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const decimal MaxTargetFte = 10_000m;

    /// <summary>A decimal as typed ("37,5" or "37.5"), or nothing; a word that is no number is an error.</summary>
    public static decimal? Number(List<FieldError> errors, string field, string? text, string messageKey)
    {
        var value = (text ?? "").Trim().Replace(',', '.');
        if (value.Length == 0)
        {
            return null;
        }
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        errors.Add(new FieldError(field, messageKey));
        return null;
    }

    public static string? Text(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Shown to people: "37,5" in Norwegian, no trailing zeros.</summary>
    public static string Shown(decimal number) => number.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Shown(double number) => number.ToString("0.##", CultureInfo.CurrentCulture);
}
