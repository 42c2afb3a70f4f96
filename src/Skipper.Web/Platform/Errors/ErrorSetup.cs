using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Web;

namespace Skipper.Web.Platform.Errors;

/// <summary>
/// API errors are RFC 7807 problem details with a title in the request's language; browser errors are
/// readable pages at /feil/{status}. Nothing a user sends should reach the exception handler, but if it does,
/// the answer is still one of these and never a stack trace.
/// </summary>
internal static class ErrorSetup
{
    public static IServiceCollection AddPlatformErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            var texts = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
            if (ctx.Exception is not null || string.IsNullOrEmpty(ctx.ProblemDetails.Title) || IsFrameworkTitle(ctx.ProblemDetails.Title, status))
            {
                var localized = texts["Problem." + status];
                ctx.ProblemDetails.Title = localized.ResourceNotFound ? texts["Problem.Other"] : localized.Value;
            }
            if (ctx.Exception is BadHttpRequestException bad && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = texts[bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Problem.TooLarge" : "Problem.BadInput"];
            }
            ctx.ProblemDetails.Extensions.Remove("exception");
        });
        return services;
    }

    public static void UsePlatformErrors(this WebApplication app)
    {
        app.UseWhen(ApiPaths.IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !ApiPaths.IsApi(http), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/feil/500",
                StatusCodeSelector = StatusFor,
                CreateScopeForErrors = true,
            });
            pages.UseStatusCodePagesWithReExecute("/feil/{0}");
        });
    }

    private static int StatusFor(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    private static bool IsFrameworkTitle(string title, int status) =>
        title == ReasonPhrases.GetReasonPhrase(status)
        || title.StartsWith("One or more validation errors", StringComparison.Ordinal)
        || title.StartsWith("An error occurred", StringComparison.Ordinal);
}

