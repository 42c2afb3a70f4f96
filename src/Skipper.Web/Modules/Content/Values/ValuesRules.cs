using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Content.Values;

/// <summary>
/// The values exercise (seeds/000, Exercise 1): choose up to ten, then keep the five that matter most. Part of the values
/// list's facade: the person's plan and the staff guide use the same rules.
/// </summary>
internal static class ValuesRules
{
    public const int MaxChosen = 10;
    public const int MaxKept = 5;
    public const int MaxName = 100;

    /// <summary>Trimmed names; each one filled in, not too long, and not twice (in any case).</summary>
    public static List<string> Names(List<FieldError> errors, string field, IEnumerable<string?>? names)
    {
        var clean = (names ?? []).Select(InputRules.Clean).ToList();
        if (clean.Any(n => n.Length == 0))
        {
            errors.Add(new FieldError(field, "Values.Exercise.Error.Empty"));
        }
        if (clean.Any(n => n.Length > MaxName))
        {
            errors.Add(new FieldError(field, "Values.Exercise.Error.NameTooLong", MaxName));
        }
        var twice = clean.Where(n => n.Length > 0).GroupBy(n => n, StringComparer.CurrentCultureIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            errors.Add(new FieldError(field, "Values.Exercise.Error.Duplicate", twice.Key));
        }
        return clean;
    }

    public static void AtMostChosen(List<FieldError> errors, IReadOnlyList<string> chosen)
    {
        if (chosen.Count > MaxChosen)
        {
            errors.Add(new FieldError("chosen", "Values.Exercise.Error.TooManyChosen", chosen.Count));
        }
    }

    public static void AtMostKept(List<FieldError> errors, IReadOnlyList<string> kept)
    {
        if (kept.Count > MaxKept)
        {
            errors.Add(new FieldError("kept", "Values.Exercise.Error.TooManyKept", kept.Count));
        }
    }

    /// <summary>Only a chosen value can be kept: the five come out of the ten.</summary>
    public static void KeptAreChosen(List<FieldError> errors, IReadOnlyList<string> kept, IReadOnlyList<string> chosen)
    {
        var outside = kept.FirstOrDefault(k => k.Length > 0 && !chosen.Contains(k, StringComparer.CurrentCultureIgnoreCase));
        if (outside is not null)
        {
            errors.Add(new FieldError("kept", "Values.Exercise.Error.KeptNotChosen", outside));
        }
    }
}
