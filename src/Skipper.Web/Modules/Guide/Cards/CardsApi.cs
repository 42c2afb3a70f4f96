using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>/api/v1/guide/cards: the deck for every employee; new cards, wording and retiring for those who keep it.</summary>
internal static class CardsApi
{
    public static IServiceCollection AddGuideCards(this IServiceCollection services)
    {
        services.AddScoped<CardDeck>();
        services.AddScoped<CardCommands>();
        services.AddScoped<ShippedCards>();
        services.AddScoped<Platform.Data.IStartupSeed>(sp => sp.GetRequiredService<ShippedCards>());
        return services;
    }

    public static void MapGuideCards(this IEndpointRouteBuilder api)
    {
        var cards = api.MapGroup("/guide/cards");

        cards.MapGet("", async (bool? includeRetired, ClaimsPrincipal user, CardDeck deck, IAuthorizationService authorization) =>
                TypedResults.Ok(await deck.ListAsync(includeRetired == true && await CardDeck.KeepsCardsAsync(user, authorization))))
            .RequireAuthorization(Policies.Employee)
            .WithSummary("The active cards by number; ?includeRetired=true adds the retired ones for those who keep the deck.");

        cards.MapGet("/draw", async (ClaimsPrincipal user, CardDeck deck, IStringLocalizer<Texts> texts) =>
                await deck.DrawAsync(user) is { } card
                    ? (Microsoft.AspNetCore.Http.IResult)TypedResults.Ok(card)
                    : CardCommands.NotFound.ToProblem(texts))
            .RequireAuthorization(Policies.Employee)
            .WithSummary("A random active card, avoiding the card of the department's last session when there is another.");

        cards.MapPost("", async (NewCardRequest? request, ClaimsPrincipal user, CardCommands command, IStringLocalizer<Texts> texts) =>
                (await command.CreateAsync(user, request)).ToCreated(texts))
            .RequireAuthorization(Policies.KeepCards)
            .WithSummary("A new team card: { text, textEn? }. It gets the next number in the deck.");

        cards.MapPut("/{id:guid}", async (Guid id, EditCardRequest? request, CardCommands command, IStringLocalizer<Texts> texts) =>
                (await command.EditAsync(id, request)).Outcome.ToOk(texts))
            .RequireAuthorization(Policies.KeepCards)
            .WithSummary("New wording for a card: { text, textEn, version }. An old version gets 409.");

        cards.MapPost("/{id:guid}/retire", async (Guid id, CardCommands command, IStringLocalizer<Texts> texts) =>
                (await command.SetRetiredAsync(id, retired: true)).ToOk(texts))
            .RequireAuthorization(Policies.KeepCards)
            .WithSummary("Retires a card: it is no longer drawn, but logged sessions still name it.");

        cards.MapPost("/{id:guid}/restore", async (Guid id, CardCommands command, IStringLocalizer<Texts> texts) =>
                (await command.SetRetiredAsync(id, retired: false)).ToOk(texts))
            .RequireAuthorization(Policies.KeepCards)
            .WithSummary("Brings a retired card back into the deck.");
    }
}
