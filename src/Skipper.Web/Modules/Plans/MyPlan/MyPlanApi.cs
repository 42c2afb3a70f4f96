using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Goals;
using Skipper.Web.Modules.Plans.Proposals;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Modules.Plans.WhatMatters;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.MyPlan;

/// <summary>/api/v1/me/plan: the person's own plan. Their own reads are not logged; every write is.</summary>
internal static class MyPlanApi
{
    public static void MapMyPlan(this IEndpointRouteBuilder api)
    {
        var plan = api.MapGroup("/me/plan").RequireAuthorization(Policies.Person);

        plan.MapGet("/", async Task<Results<Ok<PlanView>, ProblemHttpResult>> (ClaimsPrincipal user, PlanDoor door, PlanQuery query, IStringLocalizer<Texts> texts) =>
            {
                var opened = await door.OpenOwnAsync(user, PersonOperation.Read);
                return opened.IsOpen ? TypedResults.Ok(await query.ReadAsync(opened)) : opened.Closed(texts);
            })
            .WithSummary("My whole plan: what matters, dreams, goals with steps, and staff suggestions waiting for my answer.");

        plan.MapPut("/what-matters", async (WhatMattersRequest? request, ClaimsPrincipal user, SaveWhatMatters command, IStringLocalizer<Texts> texts) =>
                (await command.SaveAsync(user, request)).ToOk(texts))
            .WithSummary("Saves { whatMatters, dreams, version } (at most 4000 characters each). An old version gets 409 with the newer text.");

        plan.MapPost("/goals", async (GoalRequest? request, ClaimsPrincipal user, GoalCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddAsync(user, request)).ToCreated(texts))
            .WithSummary("Adds a goal { title, description, whoHelps, status }: title required, at most 200 characters.");

        plan.MapPut("/goals/{goalId:guid}", async (Guid goalId, GoalRequest? request, ClaimsPrincipal user, GoalCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateAsync(user, goalId, request)).ToOk(texts))
            .WithSummary("Changes my goal { title, description, whoHelps, status, version }. An old version gets 409.");

        plan.MapPost("/goals/{goalId:guid}/steps", async (Guid goalId, StepRequest? request, ClaimsPrincipal user, StepCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddOwnAsync(user, goalId, request)).ToCreated(texts))
            .WithSummary("Adds a small step { text, dueDate (yyyy-mm-dd), done } to my goal.");

        plan.MapPut("/goals/{goalId:guid}/steps/{stepId:guid}", async (Guid goalId, Guid stepId, StepRequest? request, ClaimsPrincipal user, StepCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateAsync(user, goalId, stepId, request)).ToOk(texts))
            .WithSummary("Changes a step { text, dueDate, done, version }. An old version gets 409.");

        plan.MapPost("/goals/{goalId:guid}/accept", async (Guid goalId, AnswerRequest? request, ClaimsPrincipal user, ProposalCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AnswerAsync(user, goalId, accept: true, request)).ToOk(texts))
            .WithSummary("Makes a staff suggestion my goal; with { title, description } in my own words it is rewritten.");

        plan.MapPost("/goals/{goalId:guid}/decline", async (Guid goalId, ClaimsPrincipal user, ProposalCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AnswerAsync(user, goalId, accept: false, null)).ToOk(texts))
            .WithSummary("Declines a staff suggestion: it never becomes my goal.");
    }
}
