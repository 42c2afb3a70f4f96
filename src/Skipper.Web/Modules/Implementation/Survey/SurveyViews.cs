using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Input;

namespace Skipper.Web.Modules.Implementation.Survey;

/// <summary>{ text, kind (scale, yesNo, freeText), lowLabel, highLabel } — the labels name the ends of a 1–5 scale.</summary>
public sealed record QuestionRequest(string? Text, string? Kind, string? LowLabel, string? HighLabel);

/// <summary>A new survey: { title, intro, writtenWith, questions: [1–15 questions] }. It starts as a draft.</summary>
public sealed record SurveyRequest(string? Title, string? Intro, string? WrittenWith, IReadOnlyList<QuestionRequest?>? Questions);

public sealed record QuestionView(int Number, string Text, string Kind, string? LowLabel, string? HighLabel)
{
    public static QuestionView From(SurveyQuestion q) => new(q.Number, q.Text, EnumNames.Of(q.Kind), q.LowLabel, q.HighLabel);

    public bool IsScale => Kind == EnumNames.Of(QuestionKind.Scale);

    public bool IsYesNo => Kind == EnumNames.Of(QuestionKind.YesNo);
}

/// <summary>A survey as its department sees it. Answered is null while 1–4 have answered (Reason says why).</summary>
public sealed record SurveyView(
    Guid Id, Guid DepartmentId, string Title, string Intro, string WrittenWith, string State,
    int Invited, int? Answered, string? AnsweredHidden, int? RatePercent,
    DateOnly? OpenedOn, DateOnly? ClosedOn, string CreatedBy, int Version, IReadOnlyList<QuestionView> Questions)
{
    public bool IsDraft => State == EnumNames.Of(SurveyState.Draft);

    public bool IsOpen => State == EnumNames.Of(SurveyState.Open);

    public bool IsClosed => State == EnumNames.Of(SurveyState.Closed);

    public static SurveyView From(UserSurvey s, int answered)
    {
        var hidden = Platform.Privacy.SmallCells.TooFew(answered);
        return new(
            s.Id, s.DepartmentId, s.Title, s.Intro, s.WrittenWith, EnumNames.Of(s.State),
            s.Invited, hidden ? null : answered, hidden ? SurveyResults.UnderFive : null,
            hidden || s.Invited == 0 ? null : (int)Math.Round(100.0 * answered / s.Invited, MidpointRounding.AwayFromZero),
            s.OpenedOn, s.ClosedOn, s.CreatedBy, s.Version,
            s.Questions.OrderBy(q => q.Number).Select(QuestionView.From).ToList());
    }
}
