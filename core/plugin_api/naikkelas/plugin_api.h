/* NaikKelas plugin ABI: the only header a plugin module needs. Pure C. Every string
 * either side passes is UTF-8, NUL-terminated.
 *
 * A module is a shared object exporting one symbol, nk_plugin_entry, that returns a
 * static description (nk_plugin). The host checks the versions before reading anything
 * else: a module built for another major is refused, and so is one whose
 * compatibility_minimum (the oldest host minor it runs on; its abi_minor in a 1.0
 * description, which has no such field) is newer than the host's minor.
 *
 * Growth within a major: every described struct begins with its own size (struct_size)
 * and only ever grows at the end; the reader uses the fields that fit within it. A
 * struct that would end in padding names it (`reserved`, always 0), so that any field
 * added later changes struct_size. Arrays are laid out for the reader: the host strides
 * a module's parameter and series declarations by their struct_size, and gives each
 * module the arrays of its own minor's layout (a 1.0 module gets nk_group_state without
 * mean_field); a module that runs on hosts older than its own minor strides the host's
 * arrays by their struct_size (plugin.hpp's groupState does).
 *
 * Lifetime and threads: the host creates one instance per replication (replication -1:
 * the expected mode and the planning instance that gives cost lines and warnings; both
 * see the run's seed). One instance is called from one thread at a time; different
 * instances may run at the same time on different threads, so a module keeps no mutable
 * global state. The scenario view, parameters and host services stay valid until
 * destroy; a month view, its group states and counts, a cost sink and an error buffer
 * only during the call they are passed to (copy what you keep). Every pointer the module
 * returns (descriptions) stays valid while it is loaded. Nothing allocated on one side
 * is freed on the other, and no exception or abort may cross the boundary: functions
 * return NK_OK or NK_ERROR with a message written into the host's buffer.
 *
 * docs/model.md section 3 gives the meaning of the modifiers and their neutral values.
 */
#ifndef NAIKKELAS_PLUGIN_API_H
#define NAIKKELAS_PLUGIN_API_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NK_ABI_MAJOR 1
#define NK_ABI_MINOR 1
#define NK_ENTRY_SYMBOL "nk_plugin_entry"

#if defined(__GNUC__)
#define NK_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define NK_PLUGIN_EXPORT
#endif

/* Return values of every plugin function. */
#define NK_OK 0
#define NK_ERROR 1

/* Arms (docs/model.md 2.4). */
#define NK_ARM_PROGRAM 0
#define NK_ARM_BASELINE 1

/* Parameter types. Values arrive as: NUMBER in number; INTEGER in integer (and number);
 * BOOL as integer 0 or 1 (and number); CHOICE and TEXT in text. */
#define NK_PARAM_NUMBER 0
#define NK_PARAM_INTEGER 1
#define NK_PARAM_BOOL 2
#define NK_PARAM_CHOICE 3
#define NK_PARAM_TEXT 4

/* An error message buffer owned by the host: write at most capacity bytes, NUL included. */
typedef struct nk_error {
    uint32_t struct_size;
    char* message;
    uint32_t capacity;
    uint32_t reserved; /* 1.1: 0 */
} nk_error;

/* ---- What a module declares ---------------------------------------------------------- */

typedef struct nk_param_decl {
    uint32_t struct_size;
    const char* name;         /* as written under the plugin's params: in a scenario */
    int32_t type;             /* NK_PARAM_* */
    const char* unit;         /* "Rp/month", "1/month", "share", "" */
    double default_number;    /* NUMBER, INTEGER, BOOL */
    const char* default_text; /* CHOICE, TEXT */
    double min;               /* inclusive bounds of NUMBER and INTEGER; -HUGE_VAL/HUGE_VAL: none */
    double max;
    const char* const* choices; /* CHOICE: the valid values */
    uint32_t choice_count;
    const char* description_id; /* Bahasa Indonesia */
    const char* description_en;
} nk_param_decl;

/* A named output series, reported per arm and month in the total scope. */
typedef struct nk_series_decl {
    uint32_t struct_size;
    const char* name;
    const char* unit;
    const char* description_id;
    const char* description_en;
} nk_series_decl;

/* ---- What the host gives a module ---------------------------------------------------- */

typedef struct nk_param_value {
    uint32_t struct_size;
    const char* name;
    int32_t type;
    double number;
    int64_t integer;
    const char* text;
} nk_param_value;

typedef struct nk_program_view {
    uint32_t struct_size;
    const char* id;
    const char* sector;
    int32_t duration_days;
    int64_t cost_per_participant; /* Rp */
    double completion_rate;
    int32_t mentoring_months;
    int64_t mentoring_cost_per_month; /* Rp per participant */
    int32_t kit;                      /* index into equipment, or -1 */
    int32_t reserved;                 /* 1.1: 0 */
} nk_program_view;

typedef struct nk_equipment_view {
    uint32_t struct_size;
    const char* id;
    int32_t shared;              /* 0: individual kit, 1: shared facility */
    int64_t unit_cost;           /* Rp */
    double capacity_monthly;     /* Rp/month of revenue it allows, 0: none */
    int32_t members_per_unit;    /* shared */
    int64_t maintenance_monthly; /* Rp per unit */
    int32_t lifetime_months;
    double running_probability; /* shared: probability a unit is kept running */
} nk_equipment_view;

typedef struct nk_allocation_view {
    uint32_t struct_size;
    int32_t equipment; /* index into equipment */
    int32_t units;
} nk_allocation_view;

typedef struct nk_cluster_view {
    uint32_t struct_size;
    const char* id;
    const char* sector;
    const nk_allocation_view* equipment;
    uint32_t equipment_count;
    const char* const* channels;
    uint32_t channel_count;
    uint32_t reserved; /* 1.1: 0 */
} nk_cluster_view;

/* A group is the enterprises of one cohort. */
typedef struct nk_group_view {
    uint32_t struct_size;
    const char* cohort_id;
    int32_t program; /* index into programs, or -1 */
    int32_t cluster; /* index into clusters, or -1 */
    const char* target_group;
    int32_t entry_month;
    int32_t enterprises;
    int32_t participants;
    int32_t kube_size;
    double business_share;
} nk_group_view;

typedef struct nk_fiscal_year_view {
    uint32_t struct_size;
    int32_t year;
    int64_t limit; /* Rp, 0: none */
} nk_fiscal_year_view;

typedef struct nk_budget_line_view {
    uint32_t struct_size;
    const char* name;
    const char* category;
    int64_t amount; /* Rp per month it recurs */
    int32_t month;
    int32_t repeat_months;
} nk_budget_line_view;

typedef struct nk_scenario_view {
    uint32_t struct_size;
    const char* id;
    int32_t start_year; /* calendar year and month (1-12) of t = 0 */
    int32_t start_month;
    int32_t horizon;          /* H: months 0..H are reported */
    int32_t bins;             /* B */
    const double* bin_values; /* v_k, Rp/month, B values */
    double r_min;             /* Rp/month */
    double home_capacity;     /* Rp/month */
    double margin;
    double umk_monthly;
    double discount_rate_annual;
    const nk_program_view* programs;
    uint32_t program_count;
    const nk_equipment_view* equipment;
    uint32_t equipment_count;
    const nk_cluster_view* clusters;
    uint32_t cluster_count;
    const nk_group_view* groups;
    uint32_t group_count;
    int64_t budget_envelope; /* Rp, 0: none */
    const nk_fiscal_year_view* fiscal_years;
    uint32_t fiscal_year_count;
    const nk_budget_line_view* budget_lines;
    uint32_t budget_line_count;
    uint32_t reserved; /* 1.1: 0 */
} nk_scenario_view;

/* Services of the host, valid until destroy. */
typedef struct nk_host {
    uint32_t struct_size;
    void* context;
    /* Uniform in [0, 1): a pure function of (run seed, replication, stream, index), the
     * engine's counter-based randomness (docs/model.md 2.6). Use streams you own (e.g. a
     * cluster index) and an index per draw (e.g. unit number). */
    double (*uniform)(void* context, uint64_t stream, uint64_t index);
    /* A warning about the scenario, with the key path it concerns (e.g. "budget.envelope")
     * and what would help. Reported once, from the planning instance. */
    void (*warn)(void* context, const char* path, const char* message, const char* hint);
} nk_host;

typedef struct nk_create_args {
    uint32_t struct_size;
    const nk_scenario_view* scenario;
    const nk_param_value* params; /* every declared parameter, in declaration order */
    uint32_t param_count;
    int32_t replication; /* -1: expected mode or planning; 0..R-1: Monte Carlo */
    const nk_host* host;
} nk_create_args;

/* ---- Monthly calls --------------------------------------------------------------------- */

typedef struct nk_group_state {
    uint32_t struct_size;
    int32_t months_since_entry; /* tau = t - entry month; negative before entry */
    /* B + 2 counts: prospects, active in bins 0..B-1, closed. Expected counts in expected
     * mode, realised counts in Monte Carlo. Read them for count-dependent effects (access
     * to shared units, adoption following active firms), which act on each replication. */
    const double* counts;
    /* 1.1: the mean field, B + 2 expected counts of the same group, arm and month (the
     * expected mode's counts; in expected mode the same as counts). Read it for design
     * effects (a training window, a catch-up, a kit), which must give the same modifiers
     * in both modes so that the Monte Carlo mean converges to the expected mode. */
    const double* mean_field;
} nk_group_state;

typedef struct nk_month_view {
    uint32_t struct_size;
    int32_t arm;                  /* NK_ARM_* */
    int32_t month;                /* t */
    const nk_group_state* groups; /* group_count states at t, same order as the scenario's */
    uint32_t group_count;
    uint32_t reserved; /* 1.1: 0 */
} nk_month_view;

/* The modifiers of docs/model.md section 3; the host fills neutral values before each call. */
typedef struct nk_modifiers {
    uint32_t struct_size;
    double start_mult;
    double exit_mult;
    double drift_add;
    double sigma_mult;
    double capacity_add;
    double start_shift;
} nk_modifiers;

typedef struct nk_cost_line {
    uint32_t struct_size;
    int32_t month;        /* months after the scenario start */
    int32_t arm;          /* NK_ARM_*: who pays it */
    const char* category; /* training, kits, shared_capex, ... */
    const char* source;   /* key path of what caused it, e.g. cohorts[0] */
    int64_t amount;       /* Rp */
} nk_cost_line;

typedef struct nk_cost_sink {
    uint32_t struct_size;
    void* context;
    void (*add)(void* context, const nk_cost_line* line); /* copies the line */
} nk_cost_sink;

/* ---- The module ------------------------------------------------------------------------ */

typedef struct nk_plugin {
    uint32_t struct_size;
    uint32_t abi_major; /* NK_ABI_MAJOR the module was built with */
    uint32_t abi_minor;
    const char* id; /* as named in scenarios: lowercase letters, digits and _ */
    const char* name;
    const char* version;
    const char* description_id;
    const char* description_en;
    const nk_param_decl* params;
    uint32_t param_count;
    const nk_series_decl* series;
    uint32_t series_count;

    /* Creates an instance, or refuses with a message (e.g. a parameter combination
     * that makes no sense). */
    int32_t (*create)(const nk_create_args* args, void** instance, nk_error* error);
    void (*destroy)(void* instance);
    /* Once per arm and month t = 0..H, before any modifiers of that month: the state of
     * every group at t. Writes series_count values (preset to 0) for month t. May be null
     * when the module declares no series and needs no monthly preparation. */
    int32_t (*observe)(void* instance, const nk_month_view* month, double* series, nk_error* error);
    /* Modifiers for one group, arm and month t = 0..H-1 (groups that have entered). */
    int32_t (*modifiers)(void* instance, const nk_month_view* month, uint32_t group,
                         nk_modifiers* out, nk_error* error);
    /* Cost lines of the whole run, called once on the planning instance. May be null. */
    int32_t (*cost_lines)(void* instance, const nk_cost_sink* sink, nk_error* error);
    /* 1.1: the oldest minor of abi_major whose host the module runs on (at most
     * abi_minor). Below abi_minor, the module checks struct_size before reading a field
     * the older host may not give, and strides the host's arrays by struct_size. */
    uint32_t compatibility_minimum;
    uint32_t reserved; /* 0 */
} nk_plugin;

typedef const nk_plugin* (*nk_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* NAIKKELAS_PLUGIN_API_H */
