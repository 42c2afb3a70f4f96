using System.Globalization;
using System.Text.Json;
using Hl7.Fhir.Model;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Modules.Feedback.Scoring;

namespace Skipper.Web.Modules.Feedback.Fhir;

/// <summary>
/// A stored form as a FHIR R4 QuestionnaireResponse: its items follow the Questionnaire's own structure (groups
/// included), each answer typed as the item is (decimal, coding, integer, boolean); the scores ride along in
/// Skipper's score extension, and the person's comment in the standard note-like comment extension.
/// </summary>
internal static class ResponseToFhir
{
    public const string Score = FhirExtensions.SkipperBase + "score";
    public const string Comment = FhirExtensions.SkipperBase + "comment";

    public static Questionnaire QuestionnaireOf(InstrumentVersion version) =>
        JsonSerializer.Deserialize<Questionnaire>(version.Json, FhirJson.Options)!;

    public static QuestionnaireResponse Map(FeedbackResponse row, InstrumentVersion version, Questionnaire questionnaire)
    {
        var answers = ResponseViews.AnswersOf(row).ToDictionary(a => a.LinkId, a => a.Value);
        var patient = new ResourceReference($"Patient/{row.PersonId}");
        var response = new QuestionnaireResponse
        {
            Id = row.Id.ToString(),
            Meta = new Meta { LastUpdated = row.CommentedAt ?? row.StoredAt },
            Questionnaire = $"{version.Url}|{version.Version}",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = patient,
            Authored = row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Author = row.Via == AnsweredVia.Staff ? new ResourceReference { Display = row.EnteredBy } : patient,
            Source = row.Via == AnsweredVia.Staff ? null : patient,
            Item = Items(questionnaire.Item, answers),
        };
        foreach (var (code, score) in Scores(row))
        {
            response.Extension.Add(new Extension
            {
                Url = Score,
                Extension = [new Extension("code", new Code(code)), new Extension("value", new FhirDecimal((decimal)score))],
            });
        }
        if (row.Comment is { } comment)
        {
            response.Extension.Add(new Extension(Comment, new FhirString(comment)));
        }
        return response;
    }

    private static IEnumerable<(string Code, double Score)> Scores(FeedbackResponse row) =>
        row.Total is { } total ? [("total", total)] : ResponseViews.PartsOf(row).Select(p => (p.Key, p.Value));

    private static List<QuestionnaireResponse.ItemComponent> Items(List<Questionnaire.ItemComponent> items, Dictionary<string, double> answers)
    {
        var mapped = new List<QuestionnaireResponse.ItemComponent>();
        foreach (var item in items)
        {
            if (item.Type == Questionnaire.QuestionnaireItemType.Group)
            {
                var children = Items(item.Item, answers);
                if (children.Count > 0)
                {
                    mapped.Add(new QuestionnaireResponse.ItemComponent { LinkId = item.LinkId, Text = item.Text, Item = children });
                }
            }
            else if (item.LinkId is { } linkId && answers.TryGetValue(linkId, out var value) && AnswerOf(item, value) is { } answer)
            {
                mapped.Add(new QuestionnaireResponse.ItemComponent { LinkId = item.LinkId, Text = item.Text, Answer = [answer] });
            }
        }
        return mapped;
    }

    private static QuestionnaireResponse.AnswerComponent? AnswerOf(Questionnaire.ItemComponent item, double value)
    {
        DataType? typed = item.Type switch
        {
            Questionnaire.QuestionnaireItemType.Boolean => new FhirBoolean(value >= 1),
            Questionnaire.QuestionnaireItemType.Integer => new Integer((int)value),
            Questionnaire.QuestionnaireItemType.Choice or Questionnaire.QuestionnaireItemType.OpenChoice =>
                item.AnswerOption.Select(o => o.Value).OfType<Coding>().FirstOrDefault(c => c.Code == ((int)value).ToString(CultureInfo.InvariantCulture))
                ?? (DataType)new Integer((int)value),
            _ => new FhirDecimal((decimal)Math.Round(value, 1)),
        };
        return new QuestionnaireResponse.AnswerComponent { Value = typed };
    }
}
