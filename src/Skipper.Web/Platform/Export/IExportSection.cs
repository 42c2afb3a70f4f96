using System.Security.Claims;

namespace Skipper.Web.Platform.Export;

/// <summary>Whose export is being made: the signed-in person and their person id.</summary>
public sealed record ExportSubject(ClaimsPrincipal User, Guid PersonId);

/// <summary>
/// One module's part of "everything Skipper holds about me" (GET /api/v1/me/export). A module registers its
/// sections with AddExportSection; the export collects every registered section, in registration order, under
/// its Name. A section reads only the subject's own data, as the person may see it.
/// </summary>
public interface IExportSection
{
    /// <summary>The property name of the section in the export document, for example "plan".</summary>
    string Name { get; }

    Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken);
}

public static class ExportSections
{
    public static IServiceCollection AddExportSection<TSection>(this IServiceCollection services)
        where TSection : class, IExportSection =>
        services.AddScoped<IExportSection, TSection>();
}
