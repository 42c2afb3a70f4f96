using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Community.Restart.Ask;
using Skipper.Web.Modules.Community.Restart.DepartmentList;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Restart;

/// <summary>/api/v1/me/restart for the person; /api/v1/departments/{id}/restart-requests for the department.</summary>
internal static class RestartApi
{
    public static void MapRestartApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/me/restart", async (RestartAsk? request, ClaimsPrincipal user, RestartCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.AskAsync(user, request)).ToCreated(texts))
            .RequireAuthorization(Policies.Person)
            .WithSummary("Asks to start again after one's episode of care ended: { message? (at most 1000) }. 409 while a request waits or when care has not ended.");

        var department = api.MapGroup("/departments/{departmentId:guid}/restart-requests").RequireAuthorization(Policies.Employee);
        department.MapGet("/", async (Guid departmentId, ClaimsPrincipal user, DepartmentRestartQuery query, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
                (await query.ListAsync(user, departmentId, cancellationToken)).ToOk(texts))
            .WithSummary("The department's requests to start again, newest first, with first contact and days to it. For the department's leader and care staff; who asked is shown to the leader and to staff serving the person. Logged as one list view.");
        department.MapPost("/{requestId:guid}/take", async (Guid departmentId, Guid requestId, TakeRestartRequest? request, ClaimsPrincipal user, TakeRestart take, IStringLocalizer<Texts> texts) =>
                (await take.TakeAsync(user, departmentId, requestId, request)).ToOk(texts))
            .WithSummary("Takes a request on: { version }. For those who may see who asked; 409 when it was already taken or the version is old.");
    }
}
