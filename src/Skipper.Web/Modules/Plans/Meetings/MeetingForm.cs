using System.Globalization;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Meetings;

/// <summary>
/// One meeting form (new or change), the same on the person's page and the staff page: the values to show (what was
/// typed if refused, else what is stored) and the refusal beside the fields when this form was the one refused.
/// </summary>
public sealed record MeetingForm(string Id, string Handler, MeetingRequest Values, Refusal? Refusal, bool ForStaff, string SubmitKey, Guid? MeetingId = null)
{
    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    public static MeetingRequest ValuesOf(MeetingView meeting) => new(
        meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), meeting.Participants, meeting.Agreed, meeting.PersonAttended,
        meeting.NextReview?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), meeting.Version);

    public static readonly MeetingRequest Empty = new(null, null, null, null, null, null);
}
