using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Modules.Community.Offers.Keeping;
using Skipper.Web.Modules.Community.Offers.SaveToPlan;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers;

/// <summary>/api/v1/offers: anyone reads the catalogue; keepers write their organisation's offers; a person saves one to the plan.</summary>
internal static class OffersApi
{
    public static void MapOffers(this IEndpointRouteBuilder api)
    {
        var offers = api.MapGroup("/offers");

        offers.MapGet("/", async (string? q, string? category, string? providerType, string? when, int? page, OfferSearch search, IStringLocalizer<Texts> texts) =>
                (await search.SearchAsync(new OfferSearchRequest(q, category, providerType, when, page))).ToOk(texts))
            .AllowAnonymous()
            .WithSummary("Searches offers: q (words in title, description, organisation, place), category, providerType, when (now or week, Norwegian time), page.");

        offers.MapGet("/{id:guid}", async (Guid id, OfferQuery query, IStringLocalizer<Texts> texts) =>
                (await query.ReadAsync(id)).ToOk(texts))
            .AllowAnonymous()
            .WithSummary("One offer: every field, weekly slots, upcoming exceptions, stale when not checked for 6 months.");

        offers.MapGet("/mine", async (ClaimsPrincipal user, MyOffers mine) => TypedResults.Ok(await mine.ReadAsync(user)))
            .RequireAuthorization(Policies.KeepOffers)
            .WithSummary("The offers I keep, those not checked for 6 months first.");

        offers.MapPost("/", async (OfferRequest? request, ClaimsPrincipal user, OfferCommands command, IStringLocalizer<Texts> texts) =>
                (await command.CreateAsync(user, request)).ToCreated(texts))
            .RequireAuthorization(Policies.KeepOffers)
            .WithSummary("Adds an offer to my organisation (organisationId when I keep several). An end before the start is refused.");

        offers.MapPut("/{id:guid}", async (Guid id, OfferRequest? request, ClaimsPrincipal user, OfferCommands command, IStringLocalizer<Texts> texts) =>
                (await command.UpdateAsync(user, id, request)).ToOk(texts))
            .RequireAuthorization(Policies.KeepOffers)
            .WithSummary("Changes one of my organisation's offers, hours included, from { version }. An old version gets 409; another organisation's offer 403.");

        offers.MapPost("/{id:guid}/checked", async (Guid id, ClaimsPrincipal user, OfferCommands command, IStringLocalizer<Texts> texts) =>
                (await command.MarkCheckedAsync(user, id)).ToOk(texts))
            .RequireAuthorization(Policies.KeepOffers)
            .WithSummary("Marks one of my organisation's offers as checked today.");

        offers.MapPost("/{id:guid}/save", async Task<Results<Created<SavedToPlan>, Ok<SavedToPlan>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, SaveOfferToPlan save, IStringLocalizer<Texts> texts) =>
            {
                var saved = await save.SaveAsync(user, id);
                if (!saved.Succeeded)
                {
                    return saved.Refusal.ToProblem(texts);
                }
                return saved.Value.Added ? TypedResults.Created((string?)null, saved.Value) : TypedResults.Ok(saved.Value);
            })
            .RequireAuthorization(Policies.Person)
            .WithSummary("Saves the offer to my plan as an external resource: 201, or 200 when it was already there (then nothing is added).");
    }
}
