using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Plans.Meetings;

/// <summary>Meetings about the person: the person's own routes under /me/plan, staff's under /persons/{id}/plan.</summary>
internal static class MeetingsApi
{
    private const string Shape = "{ date (yyyy-mm-dd, required), participants (at most 500), agreed (at most 4000), personAttended, nextReview (yyyy-mm-dd) }";

    public static void MapMeetings(this IEndpointRouteBuilder api)
    {
        api.MapPost("/me/plan/meetings", async (MeetingRequest? request, ClaimsPrincipal user, MeetingCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddOwnAsync(user, request)).ToCreated(texts))
            .RequireAuthorization(Policies.Person)
            .WithSummary($"Adds a meeting about me {Shape}.");

        api.MapPut("/me/plan/meetings/{meetingId:guid}", async (Guid meetingId, MeetingRequest? request, ClaimsPrincipal user, MeetingCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateOwnAsync(user, meetingId, request)).ToOk(texts))
            .RequireAuthorization(Policies.Person)
            .WithSummary("Changes a meeting in my plan, with its version. An old version gets 409 with the newer entry.");

        api.MapPost("/persons/{id:guid}/plan/meetings", async (Guid id, MeetingRequest? request, ClaimsPrincipal user, MeetingCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddForAsync(user, id, request)).ToCreated(texts))
            .RequireAuthorization(Policies.CareStaff)
            .WithSummary($"Adds a meeting about the person {Shape}, shown with my name. Without a care relation: 404.");

        api.MapPut("/persons/{id:guid}/plan/meetings/{meetingId:guid}", async (Guid id, Guid meetingId, MeetingRequest? request, ClaimsPrincipal user, MeetingCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateForAsync(user, id, meetingId, request)).ToOk(texts))
            .RequireAuthorization(Policies.CareStaff)
            .WithSummary("Changes a meeting written by staff (403 for one the person wrote). An old version gets 409.");
    }
}
