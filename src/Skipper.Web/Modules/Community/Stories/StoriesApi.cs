using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Community.Stories.Public;
using Skipper.Web.Modules.Community.Stories.Review;
using Skipper.Web.Modules.Community.Stories.Submit;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Stories;

/// <summary>/api/v1/stories: published stories for everyone; authors send in and withdraw; recovery contacts review.</summary>
internal static class StoriesApi
{
    public static void MapStories(this IEndpointRouteBuilder api)
    {
        var stories = api.MapGroup("/stories");

        stories.MapGet("/", async (int? page, PublicStories query) => TypedResults.Ok(await query.PageAsync(page ?? 1)))
            .AllowAnonymous()
            .WithSummary("Published stories, newest first, 20 a page (?page=2 ...): title, kind, the author's role (never a name), published at, and the start of the text.");

        stories.MapGet("/{id:guid}", async Task<Results<Ok<PublicStoryView>, ProblemHttpResult>> (Guid id, PublicStories query, IStringLocalizer<Texts> texts) =>
                await query.OneAsync(id) is { } story ? TypedResults.Ok(story) : StoryRules.NotFound.ToProblem(texts))
            .AllowAnonymous()
            .WithSummary("One published story. A story not published (or withdrawn) is 404.");

        stories.MapPost("/", async (StoryRequest? request, ClaimsPrincipal user, StoryCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.SubmitAsync(user, request)).ToCreated(texts))
            .RequireAuthorization(Policies.StoryAuthor)
            .WithSummary("Sends in a story for review: { title (1–200), text (1–20,000), consent: true, kind: recovery | goodPractice }. Without consent: 400, nothing stored.");

        stories.MapGet("/mine", async (ClaimsPrincipal user, StoryCommands commands) => TypedResults.Ok(await commands.MineAsync(user)))
            .RequireAuthorization(Policies.StoryAuthor)
            .WithSummary("The stories I sent in, newest first, with their status and the reviewer's note.");

        stories.MapPost("/{id:guid}/withdraw", async (Guid id, ClaimsPrincipal user, StoryCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.WithdrawAsync(user, id)).ToOk(texts))
            .RequireAuthorization(Policies.StoryAuthor)
            .WithSummary("Withdraws my story: gone from the site at once. Someone else's story is 404.");

        stories.MapGet("/review", async (ClaimsPrincipal user, StoryReview review) => TypedResults.Ok(await review.WaitingAsync(user)))
            .RequireAuthorization(Policies.RecoveryContact)
            .WithSummary("Stories waiting for review, oldest first: only id, title, kind, text and version. Never the author.");

        stories.MapPost("/{id:guid}/publish", async (Guid id, ReviewRequest? request, ClaimsPrincipal user, StoryReview review, IStringLocalizer<Texts> texts) =>
                (await review.PublishAsync(user, id, request)).ToOk(texts))
            .RequireAuthorization(Policies.RecoveryContact)
            .WithSummary("Publishes a waiting story: { note?: at most 500 characters, version? }. Already decided or withdrawn meanwhile: 409 or 404.");

        stories.MapPost("/{id:guid}/decline", async (Guid id, ReviewRequest? request, ClaimsPrincipal user, StoryReview review, IStringLocalizer<Texts> texts) =>
                (await review.DeclineAsync(user, id, request)).ToOk(texts))
            .RequireAuthorization(Policies.RecoveryContact)
            .WithSummary("Declines a waiting story, with an optional short note to the author: { note?, version? }.");
    }
}
