using System.Text.Json;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.Web.Modules.Feedback.Responses;

/// <summary>Stored forms as views, and the answers and part scores in and out of their JSON columns.</summary>
public static class ResponseViews
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string AnswersToJson(IReadOnlyList<Answer> answers) => JsonSerializer.Serialize(answers, Json);

    public static IReadOnlyList<Answer> AnswersOf(FeedbackResponse response) => AnswersOf(response.AnswersJson);

    public static IReadOnlyList<Answer> AnswersOf(string answersJson) =>
        JsonSerializer.Deserialize<List<Answer>>(answersJson, Json) ?? [];

    public static string? PartsToJson(ScoredForm form) =>
        form.Total is null ? JsonSerializer.Serialize(form.Parts.ToDictionary(p => p.Code, p => p.Score), Json) : null;

    public static IReadOnlyDictionary<string, double> PartsOf(FeedbackResponse response) =>
        response.PartScoresJson is null
            ? new Dictionary<string, double>()
            : JsonSerializer.Deserialize<Dictionary<string, double>>(response.PartScoresJson, Json) ?? [];

    public static IReadOnlyList<string> SignalsOf(string signals) =>
        signals.Length == 0 ? [] : signals.Split(',');

    public static IReadOnlyList<SignalView> SignalViews(string signals, IStringLocalizer texts) =>
        [.. SignalsOf(signals).Select(code => new SignalView(code, texts[FeedbackSignals.TitleKey(code)], texts[FeedbackSignals.NextKey(code)]))];

    /// <summary>The view of a stored form; intake is the episode's first outcome total (for the change from intake).</summary>
    public static ResponseStored From(FeedbackResponse row, InstrumentDefinition? instrument, double? intake, IStringLocalizer texts)
    {
        ChangeView? change = null;
        string? cutOff = null;
        if (row.Kind == InstrumentKind.Outcome && row.Total is { } total && instrument is not null)
        {
            if (intake is { } start && instrument.ReliableChange is { } reliable)
            {
                var kind = ChangeRules.ReliableChange(start, total, reliable);
                var significant = instrument.CutOff is { } cut && ChangeRules.ClinicallySignificant(start, total, cut, reliable);
                change = new ChangeView(start, Math.Round(total - start, 1), kind.ToString().ToLowerInvariant(), significant);
            }
            if (instrument.CutOff is { } line)
            {
                cutOff = total >= line ? "above" : "below";
            }
        }
        var expected = row.ExpectedMedian is { } median && row.ExpectedLow is { } low ? new ExpectedView(median, low, row.ExpectedVersion) : null;
        return new ResponseStored(row.Id, row.SessionId, row.SessionNumber, row.InstrumentCode, row.Kind, row.Date, row.Total,
            PartsOf(row), change, cutOff, expected, SignalViews(row.Signals, texts), row.Comment, AnswersOf(row), row.Via, row.EnteredBy);
    }
}
