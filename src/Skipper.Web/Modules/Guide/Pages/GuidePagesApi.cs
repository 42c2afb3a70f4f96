using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Pages;

/// <summary>/api/v1/guide/pages: Part I in the request's language; the administrator rewrites a page.</summary>
internal static class GuidePagesApi
{
    public static IServiceCollection AddGuidePages(this IServiceCollection services)
    {
        services.AddSingleton<GuideMarkdown>();
        services.AddScoped<GuidePageBook>();
        services.AddScoped<EditGuidePage>();
        services.AddScoped<ShippedGuidePages>();
        services.AddScoped<Platform.Data.IStartupSeed>(sp => sp.GetRequiredService<ShippedGuidePages>());
        return services;
    }

    public static void MapGuidePages(this IEndpointRouteBuilder api)
    {
        var pages = api.MapGroup("/guide/pages").RequireAuthorization(Policies.Employee);

        pages.MapGet("", async (GuidePageBook book, CancellationToken cancellationToken) =>
                TypedResults.Ok(await book.ListAsync(GuidePageBook.Culture, cancellationToken)))
            .WithSummary("The guide's Part I in reading order: slug, title, order (in the request's language, bokmål where a page has no translation).");

        pages.MapGet("/{slug}", async Task<Results<Ok<GuidePageView>, ProblemHttpResult>> (string slug, GuidePageBook book, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
                await book.ReadAsync(slug, GuidePageBook.Culture, cancellationToken) is { } page
                    ? TypedResults.Ok(page)
                    : Refusal.Of(RefusalKind.NotFound, "Guide.Pages.Error.NotFound").ToProblem(texts))
            .WithSummary("One page: slug, title, markdown, the sanitised html exactly as /veileder/les/{slug} shows it, and its version.");

        pages.MapPut("/{slug}", async (string slug, GuidePageRequest? request, ClaimsPrincipal user, EditGuidePage edit, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
                (await edit.SaveAsync(user, slug, GuidePageBook.Culture, request, cancellationToken)).ToOk(texts))
            .RequireAuthorization(Policies.TenantAdmin)
            .WithSummary("The administrator rewrites a page in the request's language: { title, markdown, version? }. Script and event handlers are removed on render; an old version gets 409.");
    }
}
