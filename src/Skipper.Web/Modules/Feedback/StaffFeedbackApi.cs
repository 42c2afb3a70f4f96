using System.Security.Claims;
using Skipper.Web.Modules.Feedback.MyTotals;
using Skipper.Web.Modules.Feedback.Overdue;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Feedback;

/// <summary>Staff's lists over their own caseload and work: the same handlers as /mine-brukere/tilbakemelding and /tilbakemelding/mine-tall.</summary>
internal static class StaffFeedbackApi
{
    public static void MapStaffFeedbackApi(this IEndpointRouteBuilder api)
    {
        var staff = api.MapGroup("/feedback").RequireAuthorization(Policies.CareStaff);

        staff.MapGet("/overdue", async (ClaimsPrincipal user, OverdueQuery query, CancellationToken cancellationToken) =>
                TypedResults.Ok(await query.ForAsync(user, cancellationToken)))
            .WithSummary("The people in my caseload (open episodes) whose outcome feedback or recovery questionnaire is due and missing, with when each was last answered and since when it is due. Logged as one list view naming the people shown.");

        staff.MapGet("/my-totals", async (ClaimsPrincipal user, MyTotalsQuery query, CancellationToken cancellationToken) =>
                TypedResults.Ok(await query.ForAsync(user, cancellationToken)))
            .WithSummary("My own totals over the episodes in which I held a session: episodes, measured episodes (n), shares reliably improved and deteriorated, share with clinically significant change, pre–post effect size and mean alliance.");
    }
}
