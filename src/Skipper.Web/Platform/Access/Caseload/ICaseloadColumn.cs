namespace Skipper.Web.Platform.Access.Caseload;

/// <summary>
/// A module's column in the caseload (/mine-brukere and GET /api/v1/caseload). A module registers one as
/// <c>services.AddScoped&lt;ICaseloadColumn, ...&gt;()</c>; the caseload asks every column for the persons it lists,
/// after access is checked and the view is audited, and knows nothing of what the column holds.
/// </summary>
public interface ICaseloadColumn
{
    /// <summary>The column's field under "columns" in the API, for example "plan".</summary>
    string Key { get; }

    /// <summary>Text key of the column's heading on /mine-brukere.</summary>
    string HeadingKey { get; }

    /// <summary>The partial view that renders one cell; its model is this column's value for the row's person (or null).</summary>
    string CellPartial { get; }

    /// <summary>The column's value for each person; a person left out gets null.</summary>
    Task<IReadOnlyDictionary<Guid, object>> ValuesAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);
}
