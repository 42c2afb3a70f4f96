using Skipper.Web.Platform.Input;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Meetings;

/// <summary>A meeting about the person: date (yyyy-mm-dd) required, nextReview (yyyy-mm-dd) if one was agreed.</summary>
public sealed record MeetingRequest(string? Date, string? Participants, string? Agreed, bool? PersonAttended, string? NextReview, int? Version);

public sealed record CleanMeeting(DateOnly Date, string Participants, string Agreed, bool PersonAttended, DateOnly? NextReview);

internal static class MeetingValidation
{
    public static (CleanMeeting? Meeting, Refusal? Refusal) Check(MeetingRequest? request, bool needsVersion)
    {
        var errors = new List<FieldError>();
        var participants = InputRules.Clean(request?.Participants);
        var agreed = InputRules.Clean(request?.Agreed);
        var date = InputRules.Date(errors, "date", request?.Date);
        if (string.IsNullOrWhiteSpace(request?.Date))
        {
            errors.Add(new FieldError("date", "Input.Error.Required"));
        }
        InputRules.AtMost(errors, "participants", participants, PlanLimits.Step);
        InputRules.AtMost(errors, "agreed", agreed, PlanLimits.LongText);
        var nextReview = InputRules.Date(errors, "nextReview", request?.NextReview);
        if (needsVersion)
        {
            InputRules.Version(errors, request?.Version);
        }
        return errors.Count > 0
            ? (null, InputRules.Invalid(errors))
            : (new CleanMeeting(date!.Value, participants, agreed, request?.PersonAttended ?? false, nextReview), null);
    }
}
