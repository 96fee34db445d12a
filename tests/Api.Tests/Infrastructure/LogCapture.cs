using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>The API's log lines with the scopes they were written in, for tests that read logs.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope);

    private readonly ConcurrentQueue<Entry> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<Entry> Entries => entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var scope = new Dictionary<string, object?>();
            capture.scopes.ForEachScope((value, into) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, item) in pairs)
                        into[key] = item;
            }, scope);
            // Bounded: a whole suite's lines are not needed, only the last ones.
            capture.entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), scope));
            while (capture.entries.Count > 5_000)
                capture.entries.TryDequeue(out _);
        }
    }
}
