using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Skipper.Web.Platform.Data;

/// <summary>
/// A query compiled with EF.CompileAsyncQuery, once per EF model. A compiled query keeps the model it first ran
/// with, and one process can hold more than one (the tests run SQLite and PostgreSQL side by side).
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> compiled = new();

    public TQuery For(DbContext db) => compiled.GetOrAdd(db.Model, _ => compile());
}
