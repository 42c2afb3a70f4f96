namespace Skipper.Web.Modules.Feedback.Scoring;

/// <summary>One answered item: a slider value, a rating option, or 0/1 for "this matters to me".</summary>
public sealed record Answer(string LinkId, double Value);

/// <summary>The score of one scored part of an instrument (the whole form for outcome and alliance).</summary>
public sealed record PartScore(string Code, double Score);

/// <summary>A checked and scored form: the answers as they count (sliders rounded to their step) and the part scores.</summary>
public sealed record ScoredForm(IReadOnlyList<Answer> Answers, IReadOnlyList<PartScore> Parts)
{
    public double? Total => Parts.Count == 1 ? Parts[0].Score : null;
}
